// The Problems view: every feed whose last fetch failed, why in plain words, and when Docket tries again.
#pragma once

#include <QDialog>

class Database;
class Poller;
class QLabel;
class QPushButton;
class QTableWidget;

class ProblemsDialog : public QDialog
{
    Q_OBJECT

public:
    // Reads the feeds from database (the window's connection); "Try again"
    // polls the chosen feed through poller, stopped ones (Gone) included.
    ProblemsDialog(Database &database, Poller &poller, QWidget *parent = nullptr);

    // Reads the failing feeds again; returns how many there are.
    int reload();

    QTableWidget *table() const { return m_table; }
    QPushButton *retryButton() const { return m_retry; }

private:
    void retry();

    Database &m_database;
    Poller &m_poller;
    QLabel *m_summary = nullptr;
    QTableWidget *m_table = nullptr;
    QPushButton *m_retry = nullptr;
};
