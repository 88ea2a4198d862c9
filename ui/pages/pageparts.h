#pragma once

class QAbstractItemModel;
class QTableView;
class QWidget;

namespace coffer::ui {

// A read-only table of whole rows, one selected at a time, as every list of the
// window shows them.
QTableView *makeTable(QAbstractItemModel *model, QWidget *parent);
// Sizes the columns to their contents, the last one taking the room left (sizing to
// contents alone leaves the last column narrow until the window is resized).
void fitColumnsToContents(QTableView *view);

} // namespace coffer::ui
