# Warnings and sanitizers as INTERFACE targets that every gongwen target links.
add_library(gongwen_settings INTERFACE)
target_compile_options(gongwen_settings INTERFACE -Wall -Wextra -Wpedantic -Wshadow
  -Wnon-virtual-dtor -Wcast-align -Wunused -Woverloaded-virtual
  -Wimplicit-fallthrough)
if(GONGWEN_WERROR)
  target_compile_options(gongwen_settings INTERFACE -Werror)
endif()
if(GONGWEN_SANITIZE)
  target_compile_options(gongwen_settings INTERFACE -fsanitize=address,undefined
    -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
  target_link_options(gongwen_settings INTERFACE -fsanitize=address,undefined)
endif()
