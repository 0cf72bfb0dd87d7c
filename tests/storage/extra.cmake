# A helper program the storage tests drive in a separate process (not a test):
# a writer that is killed mid-write, a second process holding the database,
# a reader run as another user, and the maker of the older-schema fixtures.
add_executable(storage_helper ${CMAKE_CURRENT_SOURCE_DIR}/storage/storagehelper.cpp)
target_link_libraries(storage_helper PRIVATE docket_options docket_storage)
foreach(test tst_database tst_crashsafety)
    if(TARGET ${test})
        target_compile_definitions(${test} PRIVATE DOCKET_STORAGE_HELPER="$<TARGET_FILE:storage_helper>")
        add_dependencies(${test} storage_helper)
    endif()
endforeach()
