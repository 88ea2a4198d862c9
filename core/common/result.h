#pragma once

#include "common/error.h"

#include <utility>
#include <variant>

namespace coffer {

// Result<T> carries either a value or an Error; no exception crosses core's API.
template<typename T> class [[nodiscard]] Result
{
public:
    Result(T value)
        : m_state(std::move(value))
    { }
    Result(Error error)
        : m_state(std::move(error))
    { }

    bool ok() const { return std::holds_alternative<T>(m_state); }
    explicit operator bool() const { return ok(); }

    const T &value() const & { return std::get<T>(m_state); }
    T &value() & { return std::get<T>(m_state); }
    // By value: `for (x : f().value())` must not iterate over a destroyed temporary.
    T value() && { return std::get<T>(std::move(m_state)); }
    const T &operator*() const & { return value(); }
    T &operator*() & { return value(); }
    const T *operator->() const { return &value(); }
    T *operator->() { return &value(); }

    // The value, or `fallback` when this holds an error.
    T value_or(T fallback) const & { return ok() ? value() : std::move(fallback); }

    const Error &error() const { return std::get<Error>(m_state); }

private:
    std::variant<T, Error> m_state;
};

// Result of a command that returns nothing but may fail.
struct Done
{
};
using Status = Result<Done>;

inline Status success()
{
    return Done {};
}

} // namespace coffer

// Propagates an error from an expression that yields a Result.
#define COFFER_TRY(expr)                                                                           \
    do {                                                                                           \
        auto cofferTryResult_ = (expr);                                                            \
        if (!cofferTryResult_)                                                                     \
            return cofferTryResult_.error();                                                       \
    } while (false)
