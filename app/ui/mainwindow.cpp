#include "mainwindow.h"

#include <QLabel>
#include <QMenuBar>
#include <QStatusBar>

MainWindow::MainWindow(const QString &databasePath, QWidget *parent)
    : QMainWindow(parent), m_databasePath(databasePath)
{
    setWindowTitle(tr("Docket"));
    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    QAction *quit = fileMenu->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    auto *placeholder = new QLabel(tr("No threads yet."), this);
    placeholder->setAlignment(Qt::AlignCenter);
    setCentralWidget(placeholder);
    statusBar()->showMessage(tr("Cache: %1").arg(m_databasePath));
    resize(1100, 720);
}
