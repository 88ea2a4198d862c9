#include "arguments.h"

namespace coffer::cli {

Result<CommandArguments> CommandArguments::parse(const QString &command, const QStringList &words,
                                                 const OptionSpec &spec)
{
    CommandArguments arguments;
    for (qsizetype i = 0; i < words.size(); ++i) {
        const QString &word = words.at(i);
        if (!word.startsWith(QStringLiteral("--")) || word == QStringLiteral("--")) {
            arguments.m_positionals.append(word);
            continue;
        }
        if (spec.flags.contains(word)) {
            arguments.m_flags.append(word);
            continue;
        }
        if (!spec.valued.contains(word))
            return makeError(ErrorCode::UnknownOption,
                             QStringLiteral("%1: is not an option of '%2'").arg(word, command));
        if (i + 1 >= words.size())
            return makeError(ErrorCode::InvalidArgument,
                             QStringLiteral("%1: needs a value").arg(word));
        if (arguments.m_values.contains(word) && !spec.repeatable.contains(word))
            return makeError(ErrorCode::InvalidArgument,
                             QStringLiteral("%1: is given more than once").arg(word));
        arguments.m_values[word].append(words.at(++i));
    }
    for (const QString &option : spec.required) {
        if (!arguments.m_values.contains(option))
            return makeError(ErrorCode::MissingOption,
                             QStringLiteral("%1: is required by '%2'").arg(option, command));
    }
    if (arguments.m_positionals.size() != spec.positionals)
        return makeError(ErrorCode::InvalidArgument,
                         QStringLiteral("'%1' takes %2 argument(s) besides its options, got %3")
                             .arg(command)
                             .arg(spec.positionals)
                             .arg(arguments.m_positionals.size()));
    return arguments;
}

} // namespace coffer::cli
