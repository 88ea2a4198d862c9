#pragma once

#include "common/result.h"

#include <QMap>
#include <QStringList>

namespace coffer::cli {

// The options one command accepts: "--name" takes a value, "--default" is a flag.
struct OptionSpec
{
    OptionSpec(QStringList valuedOptions = {}, QStringList flagOptions = {},
               QStringList requiredOptions = {}, int positionalCount = 0,
               QStringList repeatableOptions = {})
        : valued(std::move(valuedOptions))
        , flags(std::move(flagOptions))
        , required(std::move(requiredOptions))
        , positionals(positionalCount)
        , repeatable(std::move(repeatableOptions))
    { }

    QStringList valued;
    QStringList flags;
    QStringList required;
    int positionals = 0; // exactly this many positional words
    QStringList repeatable;
};

// A command's words after its name, checked against its spec.
class CommandArguments
{
public:
    // Errors: UnknownOption, MissingOption, InvalidArgument (missing value, repeated
    // option, wrong number of positional words).
    static Result<CommandArguments> parse(const QString &command, const QStringList &words,
                                          const OptionSpec &spec);

    bool has(const QString &option) const { return m_values.contains(option); }
    QString value(const QString &option) const { return m_values.value(option).value(0); }
    QStringList values(const QString &option) const { return m_values.value(option); }
    bool flag(const QString &option) const { return m_flags.contains(option); }
    QString positional(int index) const { return m_positionals.value(index); }

private:
    QMap<QString, QStringList> m_values;
    QStringList m_flags;
    QStringList m_positionals;
};

} // namespace coffer::cli
