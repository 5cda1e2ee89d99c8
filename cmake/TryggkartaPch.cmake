# Precompiled headers: the standard, Catch2, Qt and QGIS headers most of a target's files include, parsed once
# per target instead of once per file (they are most of the build's time on 2 cores). Only headers from outside
# the project: a change to our own headers rebuilds what includes them, as before. Files still include what they
# use, as if there were none (-DCMAKE_DISABLE_PRECOMPILE_HEADERS=ON turns them off).
set(TRYGGKARTA_PCH_STD
  <algorithm> <array> <cmath> <cstdint> <cstdio> <cstring> <filesystem> <fstream> <functional> <limits> <map>
  <memory> <optional> <set> <string> <string_view> <unordered_map> <utility> <vector>)
set(TRYGGKARTA_PCH_GDAL <gdal_priv.h> <ogr_geometry.h> <ogr_spatialref.h> <ogrsf_frmts.h>)
set(TRYGGKARTA_PCH_QT
  <QAction> <QCheckBox> <QComboBox> <QCoreApplication> <QDialog> <QDialogButtonBox> <QDir> <QFile> <QFileInfo>
  <QFormLayout> <QHBoxLayout> <QHeaderView> <QLabel> <QLineEdit> <QList> <QLocale> <QMessageBox> <QObject>
  <QPointer> <QPushButton> <QString> <QStringList> <QTableWidget> <QTimer> <QVBoxLayout> <QWidget>)
set(TRYGGKARTA_PCH_QGIS <qgsapplication.h> <qgslayertree.h> <qgsmapcanvas.h> <qgsproject.h> <qgsvectorlayer.h>)

# tryggkarta_precompile(target [CATCH] [QT] [QGIS]): the standard and GDAL headers, and the named groups.
function(tryggkarta_precompile target)
  cmake_parse_arguments(PCH "CATCH;QT;QGIS" "" "" ${ARGN})
  set(headers ${TRYGGKARTA_PCH_STD} ${TRYGGKARTA_PCH_GDAL})
  if(PCH_CATCH)
    list(APPEND headers <catch2/catch.hpp>)
  endif()
  if(PCH_QT)
    list(APPEND headers ${TRYGGKARTA_PCH_QT})
  endif()
  if(PCH_QGIS)
    list(APPEND headers ${TRYGGKARTA_PCH_QGIS})
  endif()
  # All our sources are C++ (a C file would need these behind $<COMPILE_LANGUAGE:CXX>).
  target_precompile_headers(${target} PRIVATE ${headers})
endfunction()
