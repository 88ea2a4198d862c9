#pragma once

class QAbstractItemModel;
class QTableView;
class QWidget;

namespace coffer::ui {

// A read-only table of whole rows, one selected at a time, as every list of the
// window shows them.
QTableView *makeTable(QAbstractItemModel *model, QWidget *parent);

} // namespace coffer::ui
