# cmake -DSCAN_DIR=<dir> -DEXPECTED=<n> -P NoSqlInUi.cmake
# Lists every line of the C++ files under SCAN_DIR that reaches the SQL
# connection (a Qt SQL include, a call of sql() or database()) and fails
# unless exactly EXPECTED such lines were found.
if(NOT DEFINED SCAN_DIR OR NOT DEFINED EXPECTED)
    message(FATAL_ERROR "usage: cmake -DSCAN_DIR=dir -DEXPECTED=n -P NoSqlInUi.cmake")
endif()
get_filename_component(SCAN_DIR "${SCAN_DIR}" ABSOLUTE)
if(NOT IS_DIRECTORY "${SCAN_DIR}")
    message(FATAL_ERROR "${SCAN_DIR} is not a folder")
endif()

# <QSqlDatabase>, <QSqlQuery>, "QtSql/qsqlquery.h", <QtSql>…
set(include_rule "^[ \t]*#[ \t]*include[ \t]*[<\"](QtSql/[^>\"]*|QtSql|QSql[A-Za-z]*)[>\"]")
# store.database().sql(), db->sql(), store.database ()
set(call_rule "(\\.|->)[ \t]*(sql|database)[ \t]*\\(")

file(GLOB_RECURSE files "${SCAN_DIR}/*.cpp" "${SCAN_DIR}/*.h")
list(SORT files)
set(found 0)
foreach(f IN LISTS files)
    file(STRINGS "${f}" lines)
    set(n 0)
    foreach(line IN LISTS lines)
        math(EXPR n "${n} + 1")
        if(line MATCHES "${include_rule}" OR line MATCHES "${call_rule}")
            file(RELATIVE_PATH rel "${SCAN_DIR}" "${f}")
            string(STRIP "${line}" shown)
            message(STATUS "${rel}:${n}: ${shown}")
            math(EXPR found "${found} + 1")
        endif()
    endforeach()
endforeach()

list(LENGTH files count)
if(count EQUAL 0)
    message(FATAL_ERROR "no C++ file under ${SCAN_DIR}")
endif()
if(NOT found EQUAL EXPECTED)
    message(FATAL_ERROR "${found} line(s) reach the SQL connection under ${SCAN_DIR}, expected ${EXPECTED}. "
                        "ui/ works through store::Store and models/ classes (docs/architecture.md, \"ui/ has no SQL\"): "
                        "give the store or a model the accessor the page needs.")
endif()
message(STATUS "${count} files checked, ${found} line(s) reaching the SQL connection (expected ${EXPECTED})")
