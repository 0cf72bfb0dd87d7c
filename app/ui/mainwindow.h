// Docket's main window.
#pragma once

#include <QMainWindow>

class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(const QString &databasePath, QWidget *parent = nullptr);

private:
    QString m_databasePath;
};
