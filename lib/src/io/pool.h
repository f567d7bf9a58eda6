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
  // Wake-ups are system calls (expensive in a VM): a worker wakes the emitter only with the
  // result it waits for, and the emitter wakes workers only when one is waiting for room.
  const std::size_t window = static_cast<std::size_t>(jobs) * 16;
  std::mutex mu;
  std::condition_variable ready, room;
  std::map<std::size_t, T> done;
  std::size_t next_task = 0, next_emit = 0;
  int waiting_for_room = 0;
  std::vector<std::thread> threads;
  for (int t = 0; t < jobs; ++t) {
    threads.emplace_back([&] {
      for (;;) {
        std::size_t i;
        {
          std::unique_lock lock(mu);
          const auto has_room = [&] { return next_task >= n || next_task < next_emit + window; };
          if (!has_room()) {
            ++waiting_for_room;
            room.wait(lock, has_room);
            --waiting_for_room;
          }
          if (next_task >= n) return;
          i = next_task++;
        }
        T result = work(i);
        bool wanted;
        {
          std::lock_guard lock(mu);
          done.emplace(i, std::move(result));
          wanted = i == next_emit;
        }
        if (wanted) ready.notify_one();
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
    bool wake;
    {
      std::lock_guard lock(mu);
      ++next_emit;
      wake = waiting_for_room > 0;
    }
    if (wake) room.notify_all();
  }
  for (auto& th : threads) th.join();
}

}  // namespace gongwen::io
