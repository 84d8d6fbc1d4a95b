# Installing and packaging `healthcheck` (README "Installing on a server").
#
# cmake --install puts the program in PREFIX/bin and the data it reads in
# PREFIX/share/healthcheck, where the program looks for it beside itself
# (src/cli/data_folders.h): the survey definitions, govuk-frontend's
# stylesheet (the only front-end file the server serves: no fonts, no
# images, no scripts; src/web/static_files.h) and the default thresholds.
# The configuration file goes to HC_INSTALL_CONFIG_DIR, by default
# /etc/healthcheck whatever the prefix; give a relative folder
# (-DHC_INSTALL_CONFIG_DIR=etc/healthcheck) to keep it under the prefix.
#
# cpack -G DEB builds a Debian package of the same files plus a systemd
# unit, a system user created on installation, and the configuration file
# marked as a conffile (an upgrade keeps the administrator's edits).

include(GNUInstallDirs)
set(HC_INSTALL_CONFIG_DIR "/etc/healthcheck" CACHE STRING "where cmake --install puts healthcheck.conf")
set(HC_GOVUK_DIST ${PROJECT_SOURCE_DIR}/src/web/node_modules/govuk-frontend/dist/govuk)

install(TARGETS healthcheck RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
install(DIRECTORY ${PROJECT_SOURCE_DIR}/surveys/ DESTINATION ${CMAKE_INSTALL_DATADIR}/healthcheck/surveys
        FILES_MATCHING PATTERN "*.json" PATTERN "README.md")
install(FILES ${PROJECT_SOURCE_DIR}/reports/thresholds.csv DESTINATION ${CMAKE_INSTALL_DATADIR}/healthcheck)
if(EXISTS ${HC_GOVUK_DIST}/govuk-frontend.min.css)
  install(FILES ${HC_GOVUK_DIST}/govuk-frontend.min.css DESTINATION ${CMAKE_INSTALL_DATADIR}/healthcheck/govuk)
else()
  message(WARNING "${HC_GOVUK_DIST} is missing (scripts/install-deps runs npm ci in src/web): "
                  "an installed server would have no stylesheet")
endif()
install(FILES ${PROJECT_SOURCE_DIR}/packaging/healthcheck.conf DESTINATION ${HC_INSTALL_CONFIG_DIR})
install(FILES ${PROJECT_SOURCE_DIR}/packaging/healthcheck.service DESTINATION lib/systemd/system)
install(FILES ${PROJECT_SOURCE_DIR}/README.md DESTINATION ${CMAKE_INSTALL_DOCDIR})

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME healthcheck)
set(CPACK_PACKAGE_VENDOR "Social work health check")
set(CPACK_PACKAGE_CONTACT "Social work health check maintainers <healthcheck@localhost>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY
    "Social work health check: metrics, dashboard, staff surveys and reports for a council")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)  # the debug information is four fifths of the program
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION web)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)  # the run-time libraries, as dpkg-shlibdeps finds them
set(CPACK_DEBIAN_PACKAGE_DEPENDS "adduser")
set(CPACK_DEBIAN_COMPRESSION_TYPE gzip)  # xz took a minute more for a few MB less
set(CPACK_DEBIAN_PACKAGE_CONTROL_EXTRA
    ${PROJECT_SOURCE_DIR}/packaging/debian/conffiles ${PROJECT_SOURCE_DIR}/packaging/debian/postinst
    ${PROJECT_SOURCE_DIR}/packaging/debian/prerm ${PROJECT_SOURCE_DIR}/packaging/debian/postrm)
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
include(CPack)
