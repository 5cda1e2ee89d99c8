# FindQGIS: locates the QGIS 3 libraries and headers and defines imported targets.
#
# Debian's own FindQGIS.cmake only sets variables, so we provide targets:
#   QGIS::Core, QGIS::Gui, QGIS::Analysis
# and the variables
#   QGIS_FOUND, QGIS_VERSION, QGIS_INCLUDE_DIR, QGIS_PREFIX_PATH (for QgsApplication::setPrefixPath),
#   QGIS_PLUGIN_DIR, QGIS_QT_VERSION_MAJOR (the Qt major version QGIS was built against).
#
# The targets carry the Qt modules QGIS's public headers need, the WITH_QTWEBKIT define (Debian's QGIS is
# built with QtWebKit, and label and layout headers change their layout with it) and
# QT_DISABLE_DEPRECATED_BEFORE so our code stays clean for Qt 6. The include directory is SYSTEM so
# -Wall -Wextra on our targets does not report QGIS's own headers.

find_path(QGIS_INCLUDE_DIR
  NAMES qgsapplication.h
  PATHS ${QGIS_PREFIX_PATH}/include ENV QGIS_PREFIX_PATH /usr/local/include /usr/include
  PATH_SUFFIXES qgis
)
find_library(QGIS_CORE_LIBRARY NAMES qgis_core PATHS ${QGIS_PREFIX_PATH}/lib /usr/local/lib /usr/lib)
find_library(QGIS_GUI_LIBRARY NAMES qgis_gui PATHS ${QGIS_PREFIX_PATH}/lib /usr/local/lib /usr/lib)
find_library(QGIS_ANALYSIS_LIBRARY NAMES qgis_analysis PATHS ${QGIS_PREFIX_PATH}/lib /usr/local/lib /usr/lib)

if(QGIS_INCLUDE_DIR AND EXISTS "${QGIS_INCLUDE_DIR}/qgsconfig.h")
  file(STRINGS "${QGIS_INCLUDE_DIR}/qgsconfig.h" _qgis_version_line REGEX "^#define _QGIS_VERSION_INT [0-9]+")
  if(_qgis_version_line MATCHES "([0-9]+)$")
    math(EXPR QGIS_VERSION_MAJOR "${CMAKE_MATCH_1} / 10000")
    math(EXPR QGIS_VERSION_MINOR "(${CMAKE_MATCH_1} % 10000) / 100")
    math(EXPR QGIS_VERSION_PATCH "${CMAKE_MATCH_1} % 100")
    set(QGIS_VERSION "${QGIS_VERSION_MAJOR}.${QGIS_VERSION_MINOR}.${QGIS_VERSION_PATCH}")
  endif()
  # The prefix QGIS was installed to: QgsApplication needs it to find its data and provider plugins.
  file(STRINGS "${QGIS_INCLUDE_DIR}/qgsconfig.h" _qgis_prefix_line REGEX "^#define CMAKE_INSTALL_PREFIX ")
  if(_qgis_prefix_line MATCHES "\"([^\"]*)\"")
    set(_qgis_prefix "${CMAKE_MATCH_1}")
  endif()
  file(STRINGS "${QGIS_INCLUDE_DIR}/qgsconfig.h" _qgis_plugin_line REGEX "^#define QGIS_PLUGIN_SUBDIR ")
  if(_qgis_plugin_line MATCHES "\"([^\"]*)\"")
    set(_qgis_plugin_subdir "${CMAKE_MATCH_1}")
  endif()
  # QGIS records its Qt plugin folder ("lib/.../qt5/plugins"): the Qt major version we must build with.
  file(STRINGS "${QGIS_INCLUDE_DIR}/qgsconfig.h" _qgis_qt_line REGEX "^#define QT_PLUGINS_DIR ")
  if(_qgis_qt_line MATCHES "qt([0-9])")
    set(_qgis_qt_major "${CMAKE_MATCH_1}")
  endif()
endif()

if(NOT _qgis_prefix)
  get_filename_component(_qgis_prefix "${QGIS_INCLUDE_DIR}/../.." ABSOLUTE)
endif()
if(NOT _qgis_qt_major)
  set(_qgis_qt_major 5)
endif()
set(QGIS_PREFIX_PATH "${_qgis_prefix}" CACHE PATH "Prefix QGIS is installed to (for QgsApplication::setPrefixPath)")
set(QGIS_QT_VERSION_MAJOR "${_qgis_qt_major}")
if(_qgis_plugin_subdir)
  set(QGIS_PLUGIN_DIR "${QGIS_PREFIX_PATH}/${_qgis_plugin_subdir}")
endif()

include(FindPackageHandleStandardArgs)
find_package_handle_standard_args(QGIS
  REQUIRED_VARS QGIS_CORE_LIBRARY QGIS_GUI_LIBRARY QGIS_ANALYSIS_LIBRARY QGIS_INCLUDE_DIR
  VERSION_VAR QGIS_VERSION
)

if(QGIS_FOUND)
  set(_qt Qt${QGIS_QT_VERSION_MAJOR})
  set(_qgis_qt_components Core Gui Widgets Xml Network Svg Sql Concurrent PrintSupport WebKitWidgets)
  find_package(${_qt} COMPONENTS ${_qgis_qt_components} REQUIRED)

  if(NOT TARGET QGIS::Core)
    add_library(QGIS::Core UNKNOWN IMPORTED)
    set_target_properties(QGIS::Core PROPERTIES
      IMPORTED_LOCATION "${QGIS_CORE_LIBRARY}"
      INTERFACE_INCLUDE_DIRECTORIES "${QGIS_INCLUDE_DIR}"
      INTERFACE_SYSTEM_INCLUDE_DIRECTORIES "${QGIS_INCLUDE_DIR}"
      INTERFACE_COMPILE_DEFINITIONS "WITH_QTWEBKIT;QT_DISABLE_DEPRECATED_BEFORE=0x050F00"
      INTERFACE_LINK_LIBRARIES
        "${_qt}::Core;${_qt}::Gui;${_qt}::Widgets;${_qt}::Xml;${_qt}::Network;${_qt}::Svg;${_qt}::Sql;${_qt}::Concurrent;${_qt}::PrintSupport;${_qt}::WebKitWidgets"
    )
  endif()
  if(NOT TARGET QGIS::Gui)
    add_library(QGIS::Gui UNKNOWN IMPORTED)
    set_target_properties(QGIS::Gui PROPERTIES
      IMPORTED_LOCATION "${QGIS_GUI_LIBRARY}"
      INTERFACE_LINK_LIBRARIES "QGIS::Core"
    )
  endif()
  if(NOT TARGET QGIS::Analysis)
    add_library(QGIS::Analysis UNKNOWN IMPORTED)
    set_target_properties(QGIS::Analysis PROPERTIES
      IMPORTED_LOCATION "${QGIS_ANALYSIS_LIBRARY}"
      INTERFACE_LINK_LIBRARIES "QGIS::Core"
    )
  endif()
endif()

mark_as_advanced(QGIS_INCLUDE_DIR QGIS_CORE_LIBRARY QGIS_GUI_LIBRARY QGIS_ANALYSIS_LIBRARY)
