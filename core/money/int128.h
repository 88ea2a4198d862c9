#pragma once

namespace coffer {

// A 128-bit signed integer for exact intermediates (amount x rate x scale) that
// would overflow 64 bits. GCC and Clang provide it; __extension__ keeps
// -Wpedantic quiet about the non-standard type.
__extension__ typedef __int128 Int128;

} // namespace coffer
