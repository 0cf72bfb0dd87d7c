#include "searchquery.h"

#include <QList>
#include <QStringList>

#include <optional>

namespace {

// Long enough for any real question; short enough that no query can make
// the index work for seconds.
constexpr qsizetype maxLength = 1000;
constexpr int maxTerms = 64;

struct Token
{
    enum Kind { Word, Phrase, Open, Close, And, Or, Not, Negate, Field, Near };
    Kind kind = Word;
    QString text;        // Word, Phrase: the words; Field: the column
    bool prefix = false; // Word, Phrase: followed by *
    QStringList phrases; // Near: its phrases, already FTS5 strings
    int distance = -1;   // Near: the distance, -1 for FTS5's default
};

Token make(Token::Kind kind, const QString &text = {})
{
    Token token;
    token.kind = kind;
    token.text = text;
    return token;
}

bool hasSearchableText(QStringView text)
{
    for (QChar c : text) {
        if (c.isLetterOrNumber())
            return true;
    }
    return false;
}

// A string FTS5 reads as a phrase and never as syntax: quotes doubled.
QString quoted(const QString &words, bool prefix)
{
    QString escaped = words;
    escaped.replace(u'"', QStringLiteral("\"\""));
    return u'"' + escaped + u'"' + (prefix ? QStringLiteral("*") : QString());
}

bool isStop(QChar c)
{
    return c.isSpace() || c == u'"' || c == u'(' || c == u')';
}

class Lexer
{
public:
    explicit Lexer(const QString &text) : m_text(text) {}

    QList<Token> tokens()
    {
        QList<Token> out;
        while (skipSpace()) {
            const QChar c = m_text.at(m_pos);
            if (c == u'(') {
                ++m_pos;
                out.append(make(Token::Open));
            } else if (c == u')') {
                ++m_pos;
                out.append(make(Token::Close));
            } else if (c == u'"') {
                out.append(phrase());
            } else if (c == u'-' && m_pos + 1 < m_text.size() && !m_text.at(m_pos + 1).isSpace()) {
                ++m_pos;
                out.append(make(Token::Negate));
            } else if (const QString column = field(); !column.isEmpty()) {
                out.append(make(Token::Field, column));
            } else if (QStringView(m_text).mid(m_pos).startsWith(u"NEAR(")) {
                m_pos += 5;
                out.append(near());
            } else {
                out.append(word());
            }
        }
        return out;
    }

private:
    bool skipSpace()
    {
        while (m_pos < m_text.size() && m_text.at(m_pos).isSpace())
            ++m_pos;
        return m_pos < m_text.size();
    }

    // "title:" and friends; the operand follows as its own token.
    QString field()
    {
        static const QStringList columns{QStringLiteral("title"), QStringLiteral("author"),
                                         QStringLiteral("summary"), QStringLiteral("content")};
        for (const QString &column : columns) {
            const QStringView rest = QStringView(m_text).mid(m_pos);
            if (rest.size() > column.size() && rest.startsWith(column, Qt::CaseInsensitive) &&
                rest.at(column.size()) == u':') {
                m_pos += column.size() + 1;
                return column;
            }
        }
        return {};
    }

    // A quoted phrase; an unclosed quote runs to the end of the query.
    Token phrase()
    {
        ++m_pos;
        const qsizetype end = m_text.indexOf(u'"', m_pos);
        const qsizetype stop = end < 0 ? m_text.size() : end;
        Token token = make(Token::Phrase, m_text.mid(m_pos, stop - m_pos).simplified());
        m_pos = end < 0 ? stop : stop + 1;
        if (m_pos < m_text.size() && m_text.at(m_pos) == u'*') {
            token.prefix = true;
            ++m_pos;
        }
        return token;
    }

    Token word()
    {
        const qsizetype start = m_pos;
        while (m_pos < m_text.size() && !isStop(m_text.at(m_pos)))
            ++m_pos;
        QString text = m_text.mid(start, m_pos - start);
        if (text == u"AND")
            return make(Token::And);
        if (text == u"OR")
            return make(Token::Or);
        if (text == u"NOT")
            return make(Token::Not);
        Token token = make(Token::Word);
        while (text.endsWith(u'*')) {
            token.prefix = true;
            text.chop(1);
        }
        while (text.startsWith(u'*'))
            text.remove(0, 1);
        token.text = text;
        return token;
    }

    // NEAR(a "b c" d, 10): its phrases and distance, to the closing bracket
    // (or the end of the query).
    Token near()
    {
        Token token = make(Token::Near);
        const qsizetype end = m_text.indexOf(u')', m_pos);
        const qsizetype stop = end < 0 ? m_text.size() : end;
        QString inside = m_text.mid(m_pos, stop - m_pos);
        m_pos = end < 0 ? stop : stop + 1;
        const qsizetype comma = inside.lastIndexOf(u',');
        if (comma >= 0) {
            bool ok = false;
            const int distance = inside.mid(comma + 1).trimmed().toInt(&ok);
            if (ok && distance >= 0)
                token.distance = distance;
            inside.truncate(comma);
        }
        for (const Token &part : Lexer(inside).tokens()) {
            if ((part.kind == Token::Word || part.kind == Token::Phrase) && hasSearchableText(part.text))
                token.phrases.append(quoted(part.text, part.prefix));
        }
        return token;
    }

    const QString &m_text;
    qsizetype m_pos = 0;
};

class Parser
{
public:
    explicit Parser(QList<Token> tokens) : m_tokens(std::move(tokens)) {}

    Result<QString> parse()
    {
        QStringList parts;
        while (!atEnd()) {
            auto part = parseOr(false);
            if (!part)
                return part.error();
            if (part.value())
                parts.append(*part.value());
            // A closing bracket that closes nothing is left out.
            if (!atEnd() && peek() == Token::Close)
                ++m_pos;
        }
        if (m_terms > maxTerms)
            return Result<QString>::failure(
                QStringLiteral("The search has more than %1 words; ask for fewer at once.").arg(maxTerms));
        return parts.join(QStringLiteral(" AND "));
    }

private:
    using Part = Result<std::optional<QString>>;

    bool atEnd() const { return m_pos >= m_tokens.size(); }
    Token::Kind peek() const { return m_tokens.at(m_pos).kind; }

    Part parseOr(bool inField)
    {
        QStringList alternatives;
        while (!atEnd()) {
            if (peek() == Token::Or) {
                ++m_pos;
                continue;
            }
            auto part = parseAnd(inField);
            if (!part)
                return part;
            if (part.value())
                alternatives.append(*part.value());
            if (atEnd() || peek() != Token::Or)
                break;
        }
        if (alternatives.isEmpty())
            return std::optional<QString>();
        if (alternatives.size() == 1)
            return std::optional<QString>(alternatives.first());
        return std::optional<QString>(u'(' + alternatives.join(QStringLiteral(" OR ")) + u')');
    }

    // Terms side by side must all match; NOT and -word exclude. FTS5's NOT
    // needs something on its left, so exclusions go after what is wanted.
    Part parseAnd(bool inField)
    {
        QStringList wanted;
        QStringList excluded;
        while (!atEnd() && peek() != Token::Close && peek() != Token::Or) {
            if (peek() == Token::And) {
                ++m_pos;
                continue;
            }
            bool negated = false;
            while (!atEnd() && (peek() == Token::Not || peek() == Token::Negate)) {
                negated = true;
                ++m_pos;
            }
            if (atEnd() || peek() == Token::Close || peek() == Token::Or)
                break;
            auto term = parsePrimary(inField);
            if (!term)
                return term;
            if (term.value())
                (negated ? excluded : wanted).append(*term.value());
        }
        if (wanted.isEmpty() && !excluded.isEmpty())
            return Part::failure(
                QStringLiteral("A search cannot only leave words out: add a word to look for "
                               "(for example: appeal -dismissed)."));
        if (wanted.isEmpty())
            return std::optional<QString>();
        QString expression =
            wanted.size() == 1 ? wanted.first() : u'(' + wanted.join(QStringLiteral(" AND ")) + u')';
        for (const QString &term : std::as_const(excluded))
            expression += QStringLiteral(" NOT ") + term;
        return std::optional<QString>(excluded.isEmpty() ? expression : u'(' + expression + u')');
    }

    Part parsePrimary(bool inField)
    {
        const Token token = m_tokens.at(m_pos++);
        switch (token.kind) {
        case Token::Open: {
            auto inner = parseOr(inField);
            // An unclosed bracket closes at the end of the query.
            if (!atEnd() && peek() == Token::Close)
                ++m_pos;
            return inner;
        }
        case Token::Field: {
            if (atEnd() || peek() == Token::Close || peek() == Token::Or || peek() == Token::And)
                return std::optional<QString>();
            auto operand = parsePrimary(true);
            if (!operand || !operand.value() || inField)
                return operand;
            return std::optional<QString>(token.text + QStringLiteral(" : ") + *operand.value());
        }
        case Token::Word:
        case Token::Phrase:
            if (!hasSearchableText(token.text))
                return std::optional<QString>();
            ++m_terms;
            return std::optional<QString>(quoted(token.text, token.prefix));
        case Token::Near: {
            if (token.phrases.isEmpty())
                return std::optional<QString>();
            m_terms += int(token.phrases.size());
            QString near = QStringLiteral("NEAR(") + token.phrases.join(u' ');
            if (token.distance >= 0)
                near += QStringLiteral(", %1").arg(token.distance);
            return std::optional<QString>(near + u')');
        }
        case Token::Close:
        case Token::And:
        case Token::Or:
        case Token::Not:
        case Token::Negate:
            break;
        }
        return std::optional<QString>();
    }

    QList<Token> m_tokens;
    qsizetype m_pos = 0;
    int m_terms = 0;
};

} // namespace

SearchQuery::SearchQuery(const QString &text, const QString &fts5) : m_text(text), m_fts5(fts5)
{
}

Result<SearchQuery> SearchQuery::parse(const QString &text)
{
    if (text.size() > maxLength)
        return Result<SearchQuery>::failure(
            QStringLiteral("The search is longer than %1 characters; shorten it.").arg(maxLength));
    const Result<QString> fts5 = Parser(Lexer(text).tokens()).parse();
    if (!fts5)
        return fts5.error();
    if (fts5.value().isEmpty())
        return Result<SearchQuery>::failure(
            QStringLiteral("There is nothing to search for in \"%1\": use words, "
                           "\"exact phrases\" or prefix*.")
                .arg(text.simplified()));
    return SearchQuery(text, fts5.value());
}
