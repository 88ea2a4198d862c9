#pragma once

#include "security/permissions.h"

namespace coffer::ui {

// A role as the screens name it, in the user's language ("Finance reviewer").
QString roleName(Role role);

} // namespace coffer::ui
