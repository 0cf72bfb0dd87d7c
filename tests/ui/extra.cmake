# docket_ui_screenshots: fills a cache from real feed captures and saves the
# README screenshots of the window (run it under xvfb-run; see its source).
add_executable(docket_ui_screenshots ${CMAKE_CURRENT_SOURCE_DIR}/ui/screenshots.cpp)
target_link_libraries(docket_ui_screenshots PRIVATE docket_options docket_ui Qt6::Test)

# Filling a cache with 100,000 threads through the store takes a minute or
# two on a busy machine, before the model tests proper.
set_tests_properties(tst_threadlistmodel PROPERTIES TIMEOUT 900)

# It measures how long the window's event loop stalls during a poll: another
# test running beside it would measure the machine, not the window.
set_tests_properties(tst_pollresponsiveness PROPERTIES RUN_SERIAL TRUE)
