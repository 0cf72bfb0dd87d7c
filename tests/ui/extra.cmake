# docket_ui_screenshots: fills a cache from real feed captures and saves the
# README screenshots of the window (run it under xvfb-run; see its source).
add_executable(docket_ui_screenshots ${CMAKE_CURRENT_SOURCE_DIR}/ui/screenshots.cpp)
target_link_libraries(docket_ui_screenshots PRIVATE docket_options docket_ui Qt6::Test)
