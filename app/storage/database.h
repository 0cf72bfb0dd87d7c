// The one SQLite database of closed threads.
#pragma once

class Database
{
};
