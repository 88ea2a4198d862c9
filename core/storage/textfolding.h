#pragma once

#include "common/result.h"

namespace coffer {

class Database;

// SQLite's LIKE folds ASCII letters only: "ĐIỆN" would not find "điện". This adds
// coffer_fold(text), Unicode case folding (QString::toCaseFolded), to a SQLite
// connection, so that word searches compare folded text with a folded pattern.
// PostgreSQL's ILIKE folds Unicode itself.
Status registerTextFolding(const Database &database);

} // namespace coffer
