// Ordered parallel map: work(i) runs on worker threads, emit(i, result) on the caller's
// thread in index order. A window bounds how far workers run ahead, so memory stays flat.
#pragma once

#include <atomic>
#include <condition_variable>
#include <cstddef>
#include <map>
#include <mutex>
#include <thread>
#include <vector>

namespace gongwen::io {

template <class T, class Work, class Emit>
void ordered_map(std::size_t n, int jobs, Work&& work, Emit&& emit) {
  if (jobs <= 1 || n <= 1) {
    for (std::size_t i = 0; i < n; ++i) emit(i, work(i));
    return;
  }
  const std::size_t window = static_cast<std::size_t>(jobs) * 4;
  std::mutex mu;
  std::condition_variable ready, room;
  std::map<std::size_t, T> done;
  std::size_t next_task = 0, next_emit = 0;
  std::vector<std::thread> threads;
  for (int t = 0; t < jobs; ++t) {
    threads.emplace_back([&] {
      for (;;) {
        std::size_t i;
        {
          std::unique_lock lock(mu);
          room.wait(lock, [&] { return next_task >= n || next_task < next_emit + window; });
          if (next_task >= n) return;
          i = next_task++;
        }
        T result = work(i);
        {
          std::lock_guard lock(mu);
          done.emplace(i, std::move(result));
        }
        ready.notify_one();
      }
    });
  }
  while (next_emit < n) {
    T item;
    {
      std::unique_lock lock(mu);
      ready.wait(lock, [&] { return done.count(next_emit) > 0; });
      auto it = done.find(next_emit);
      item = std::move(it->second);
      done.erase(it);
    }
    emit(next_emit, std::move(item));
    {
      std::lock_guard lock(mu);
      ++next_emit;
    }
    room.notify_all();
  }
  for (auto& th : threads) th.join();
}

}  // namespace gongwen::io
