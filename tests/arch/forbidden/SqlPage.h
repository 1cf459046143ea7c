// Not compiled: what tests/arch/NoSqlInUi.cmake must find.
#pragma once
#include <QtSql>
