# Warnings for Concord's own targets, through a non-exported INTERFACE target so that
# third-party headers and consumers are not affected.
add_library(concord_warnings INTERFACE)
target_compile_options(concord_warnings INTERFACE -Wall -Wextra -Wpedantic -Wshadow
                                                  -Wnon-virtual-dtor -Wcast-align)
if(CONCORD_WERROR)
  target_compile_options(concord_warnings INTERFACE -Werror)
endif()
