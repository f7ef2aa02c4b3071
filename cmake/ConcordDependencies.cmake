# Finds every third-party library once and presents each as an imported target.
# All come from Debian packages installed by scripts/setup.sh.
find_package(PkgConfig REQUIRED)

# Xapian 1.4's CMake config only sets variables: wrap it as an imported target.
find_package(xapian REQUIRED CONFIG)
if(NOT TARGET concord::xapian)
  add_library(concord::xapian INTERFACE IMPORTED)
  target_include_directories(concord::xapian SYSTEM INTERFACE "${XAPIAN_INCLUDE_DIR}")
  target_link_libraries(concord::xapian INTERFACE ${XAPIAN_LIBRARIES})
endif()

find_package(Boost 1.74 REQUIRED COMPONENTS program_options locale regex)
find_package(fmt REQUIRED)
find_package(ICU REQUIRED COMPONENTS uc i18n)
find_package(nlohmann_json REQUIRED)
find_package(yaml-cpp REQUIRED)
find_package(pugixml REQUIRED)
find_package(Eigen3 3.3 REQUIRED NO_MODULE)

pkg_check_modules(POPPLER_CPP REQUIRED IMPORTED_TARGET poppler-cpp)
# libzip's CMake config insists on its command-line tools; pkg-config does not.
pkg_check_modules(LIBZIP REQUIRED IMPORTED_TARGET libzip)
pkg_check_modules(GUMBO REQUIRED IMPORTED_TARGET gumbo)
pkg_check_modules(EXTTEXTCAT REQUIRED IMPORTED_TARGET libexttextcat)
if(CONCORD_JEMALLOC)
  pkg_check_modules(JEMALLOC REQUIRED IMPORTED_TARGET jemalloc)
endif()
pkg_get_variable(EXTTEXTCAT_PKGDATADIR libexttextcat pkgdatadir)
if(NOT EXTTEXTCAT_PKGDATADIR)
  set(EXTTEXTCAT_PKGDATADIR "/usr/share/libexttextcat")
endif()

# Snowball stemmers for the engine (Debian's libstemmer-dev ships no CMake or pkg-config file).
find_path(LIBSTEMMER_INCLUDE_DIR libstemmer.h REQUIRED)
find_library(LIBSTEMMER_LIBRARY stemmer REQUIRED)
if(NOT TARGET concord::stemmer)
  add_library(concord::stemmer UNKNOWN IMPORTED)
  set_target_properties(concord::stemmer PROPERTIES IMPORTED_LOCATION "${LIBSTEMMER_LIBRARY}"
                                                    INTERFACE_INCLUDE_DIRECTORIES "${LIBSTEMMER_INCLUDE_DIR}")
endif()
