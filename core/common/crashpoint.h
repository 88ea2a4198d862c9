#pragma once

namespace coffer {

// A test hook for crash-safety tests (tests/cli/tst_payoutcrash): when the
// environment variable COFFER_CRASH_AT equals `name`, the process kills itself
// with SIGKILL right here, the way a power cut or the OOM killer would end it: no
// destructor, rollback or flush runs. Otherwise it does nothing; the variable is
// read once, on the first call, so an unarmed point costs a test of an empty string.
//
// Points sit inside a service's database transaction, between its writes; each
// is named `<aggregate>.<operation>.<what was just written>`, for example
// `payout.request.held`.
void crashPoint(const char *name);

} // namespace coffer
