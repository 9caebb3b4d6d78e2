# Installing and packaging Ovi (included by the top-level CMakeLists.txt).
#
#   cmake --build build && (cd build && cpack -G DEB)     -> build/ovi_<v>-1_<arch>.deb
#   kiosk/build-arm64.sh                                  -> the arm64 .deb, tests under qemu
#
# The package installs (prefix /usr):
#   /usr/bin/ovi, /usr/share/ovi/{assets,content}   (binary, assets, demo)
#   /etc/ovi/ovi.ini                                (conffile; no trusted key
#                                                    until the site pack)
#   /usr/lib/systemd/system/{ovi,ovi-usb@,ovi-firstboot,ovi-usb-write@}.service,
#   ovi-usb-write.socket
#   /usr/lib/udev/rules.d/99-ovi-usb.rules, /usr/lib/tmpfiles.d/ovi.conf
#   /usr/lib/ovi/{ovi-usb-mount,ovi-firstboot,ovi-kiosk-setup}
#   /usr/lib/ovi/kiosk/*.conf                       (kiosk lockdown drop-ins)
#   /usr/share/doc/ovi/README.kiosk.md
# and its maintainer scripts (kiosk/debian/) add the ovi system user and
# /var/lib/ovi. The kiosk is not switched on by installing: see
# /usr/lib/ovi/ovi-kiosk-setup.

if(NOT CMAKE_INSTALL_PREFIX STREQUAL "/usr")
  message(STATUS "ovi: CMAKE_INSTALL_PREFIX is ${CMAKE_INSTALL_PREFIX}; the systemd units "
                 "and the .deb expect /usr (configure with -DCMAKE_INSTALL_PREFIX=/usr)")
endif()

set(OVI_KIOSK ${CMAKE_SOURCE_DIR}/kiosk)

# The default /etc/ovi/ovi.ini: the documented example, with the site key
# line turned off (ovi-firstboot adds the key from the site pack) so that a
# kiosk without its site pack starts, trusting nothing.
file(READ ${OVI_KIOSK}/ovi.ini OVI_INI)
string(REGEX REPLACE "\nkey_file = /etc/ovi/site.pub\n"
       "\n# key_file = /etc/ovi/site.pub   (on a kiosk image, ovi-firstboot adds the site key)\n"
       OVI_INI "${OVI_INI}")
string(REGEX REPLACE "\ndevelopment = [a-z]+\n" "\ndevelopment = false\n" OVI_INI "${OVI_INI}")
file(WRITE ${CMAKE_BINARY_DIR}/kiosk/ovi.ini "${OVI_INI}")

install(FILES ${CMAKE_BINARY_DIR}/kiosk/ovi.ini DESTINATION ${CMAKE_INSTALL_FULL_SYSCONFDIR}/ovi)
install(FILES ${OVI_KIOSK}/systemd/ovi.service ${OVI_KIOSK}/systemd/ovi-usb@.service
              ${OVI_KIOSK}/systemd/ovi-firstboot.service
              ${OVI_KIOSK}/systemd/ovi-usb-write.socket
              ${OVI_KIOSK}/systemd/ovi-usb-write@.service
        DESTINATION lib/systemd/system)
install(FILES ${OVI_KIOSK}/udev/99-ovi-usb.rules DESTINATION lib/udev/rules.d)
install(FILES ${OVI_KIOSK}/lockdown/tmpfiles.conf DESTINATION lib/tmpfiles.d RENAME ovi.conf)
install(PROGRAMS ${OVI_KIOSK}/udev/ovi-usb-mount ${OVI_KIOSK}/sitepack/ovi-firstboot
                 ${OVI_KIOSK}/lockdown/ovi-kiosk-setup
        DESTINATION lib/ovi)
install(FILES ${OVI_KIOSK}/lockdown/sysctl.conf ${OVI_KIOSK}/lockdown/logind.conf
              ${OVI_KIOSK}/lockdown/system.conf ${OVI_KIOSK}/lockdown/journald.conf
        DESTINATION lib/ovi/kiosk)
install(FILES ${OVI_KIOSK}/README.md DESTINATION ${CMAKE_INSTALL_DOCDIR} RENAME README.kiosk.md)

# ---- CPack: a .deb ---------------------------------------------------------
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME ovi)
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_VENDOR "Ovi")
set(CPACK_PACKAGE_CONTACT "Ovi maintainers <ovi@localhost>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "offline touch kiosk for youth drop-in centres")
string(CONCAT CPACK_DEBIAN_PACKAGE_DESCRIPTION
  "offline touch kiosk for youth drop-in centres\n"
  "Ovi shows who is on site today, the week's calendar, topics to ask about\n"
  "anonymously and peer groups to join with a nickname. Content arrives as\n"
  "signed bundles on a USB stick, a network folder or a URL. It runs\n"
  "fullscreen on the console through SDL's KMS/DRM driver (a Raspberry Pi)\n"
  "or in a window on a desktop.")
set(CPACK_DEBIAN_PACKAGE_SECTION misc)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_RELEASE 1)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_PACKAGING_INSTALL_PREFIX ${CMAKE_INSTALL_PREFIX})
set(CPACK_SET_DESTDIR ON) # /etc/ovi is outside the prefix
set(CPACK_STRIP_FILES ON)
set(CPACK_DEBIAN_COMPRESSION_TYPE xz)
# Libraries the binary links: from dpkg-shlibdeps (works for the arm64
# cross build too: it reads the :arm64 packages' symbols files). What it
# loads at run time or reads as files is listed by hand: the fonts, and the
# EGL/GLES and Mesa drivers SDL's kmsdrm video driver opens with dlopen().
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS
    "adduser, fonts-noto-core, libegl1, libgles2, libegl-mesa0, libgl1-mesa-dri")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "fonts-dejavu-core")
set(CPACK_DEBIAN_PACKAGE_SUGGESTS "minisign, overlayroot")
if(CMAKE_CROSSCOMPILING AND CMAKE_SYSTEM_PROCESSOR MATCHES "^(aarch64|arm64)$")
  set(CPACK_DEBIAN_PACKAGE_ARCHITECTURE arm64)
endif()
set(CPACK_DEBIAN_PACKAGE_CONTROL_EXTRA
    ${OVI_KIOSK}/debian/conffiles ${OVI_KIOSK}/debian/postinst
    ${OVI_KIOSK}/debian/prerm ${OVI_KIOSK}/debian/postrm)
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
include(CPack)
