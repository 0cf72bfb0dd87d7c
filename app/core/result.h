// A value or the reason there is none: how Docket reports expected failures.
#pragma once

#include "diagnostic.h"

#include <utility>
#include <variant>

template <typename T> class [[nodiscard]] Result
{
public:
    Result(T value) : m_state(std::move(value)) {}
    Result(Diagnostic error) : m_state(std::move(error)) {}

    static Result failure(const QString &message, qint64 line = 0, qint64 column = 0)
    {
        return Result(Diagnostic{message, line, column});
    }

    bool ok() const { return std::holds_alternative<T>(m_state); }
    explicit operator bool() const { return ok(); }

    const T &value() const & { return std::get<T>(m_state); }
    T &value() & { return std::get<T>(m_state); }
    T &&value() && { return std::get<T>(std::move(m_state)); }
    const T *operator->() const { return &std::get<T>(m_state); }

    const Diagnostic &error() const { return std::get<Diagnostic>(m_state); }

private:
    std::variant<T, Diagnostic> m_state;
};
