#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QTest>

// app -> ui -> core: core never sees a widget, and widgets never run SQL.
class TestLayering : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void coreIncludesNoGuiHeader();
    void uiRunsNoSql();

private:
    QStringList offenders(const QString &folder, const QRegularExpression &pattern);
};

QStringList TestLayering::offenders(const QString &folder, const QRegularExpression &pattern)
{
    QStringList found;
    QDirIterator it(QStringLiteral(COFFER_SOURCE_DIR) + QLatin1Char('/') + folder,
                    {QStringLiteral("*.h"), QStringLiteral("*.cpp")}, QDir::Files,
                    QDirIterator::Subdirectories);
    int files = 0;
    while (it.hasNext()) {
        QFile file(it.next());
        if (!file.open(QIODevice::ReadOnly))
            continue;
        ++files;
        int lineNumber = 0;
        for (const QByteArray &line : file.readAll().split('\n')) {
            ++lineNumber;
            if (pattern.match(QString::fromUtf8(line)).hasMatch())
                found << QStringLiteral("%1:%2").arg(file.fileName()).arg(lineNumber);
        }
    }
    if (files == 0)
        found << QStringLiteral("no sources found under %1").arg(folder);
    return found;
}

void TestLayering::coreIncludesNoGuiHeader()
{
    const QRegularExpression gui(QStringLiteral(
        "#\\s*include\\s*<(QtWidgets|QtGui|QtCharts|QtPrintSupport|QWidget|QMainWindow|QDialog|"
        "QMessageBox|QApplication|QGuiApplication|QPainter|QPrinter|QChart|QPixmap|QImage|QColor|"
        "QFont)\\b"));
    QCOMPARE(offenders(QStringLiteral("core"), gui), QStringList());
}

void TestLayering::uiRunsNoSql()
{
    const QRegularExpression sql(
        QStringLiteral("#\\s*include\\s*<(QSqlQuery|QSqlDatabase|QtSql)\\b|\\bQSqlQuery\\b"));
    QCOMPARE(offenders(QStringLiteral("ui"), sql), QStringList());
}

QTEST_GUILESS_MAIN(TestLayering)
#include "tst_layering.moc"
