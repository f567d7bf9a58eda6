# Warnings and sanitizers as INTERFACE targets that every gongwen target links.
add_library(gongwen_settings INTERFACE)
target_compile_options(gongwen_settings INTERFACE -Wall -Wextra -Wpedantic -Wshadow
  -Wnon-virtual-dtor -Wcast-align -Wunused -Woverloaded-virtual
  -Wimplicit-fallthrough)
if(GONGWEN_WERROR)
  target_compile_options(gongwen_settings INTERFACE -Werror)
endif()
if(GONGWEN_SANITIZE)
  # -O1: the sanitizers' usual setting; at -O0 the CLI suites (thousands of documents through
  # the catalog, kill -9 loops) run several times slower and CI has 20 minutes.
  target_compile_options(gongwen_settings INTERFACE -fsanitize=address,undefined -O1
    -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
  target_link_options(gongwen_settings INTERFACE -fsanitize=address,undefined)
endif()
