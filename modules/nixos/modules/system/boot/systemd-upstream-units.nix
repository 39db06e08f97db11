# The units systemd ships that an April 2020 NixOS host linked into /etc/systemd/system
# (NixOS's upstreamSystemUnits). A unit of systemd.units with one of these names extends the
# shipped unit: its text goes to <unit>.d/overrides.conf.
[
  # Targets.
  "basic.target" "sysinit.target" "sockets.target" "exit.target" "graphical.target"
  "multi-user.target" "network.target" "network-pre.target" "network-online.target"
  "nss-lookup.target" "nss-user-lookup.target" "time-sync.target" "sigpwr.target"
  "timers.target" "paths.target" "rpcbind.target"

  # Rescue mode.
  "rescue.target" "rescue.service"

  # Udev.
  "systemd-tmpfiles-setup-dev.service" "systemd-udevd-control.socket"
  "systemd-udevd-kernel.socket" "systemd-udevd.service" "systemd-udev-settle.service"
  "systemd-udev-trigger.service"

  # Consoles.
  "getty.target" "getty-pre.target" "getty@.service" "serial-getty@.service"
  "console-getty.service" "container-getty@.service" "systemd-vconsole-setup.service"

  # Hardware.
  "sound.target" "bluetooth.target" "printer.target" "smartcard.target"

  # Login.
  "systemd-logind.service" "autovt@.service" "systemd-user-sessions.service"
  "dbus-org.freedesktop.import1.service" "dbus-org.freedesktop.machine1.service"
  "dbus-org.freedesktop.login1.service" "user@.service" "user-runtime-dir@.service"

  # Journal.
  "systemd-journald.socket" "systemd-journald@.socket" "systemd-journald-varlink@.socket"
  "systemd-journald.service" "systemd-journald@.service" "systemd-journal-flush.service"
  "systemd-journal-catalog-update.service" "systemd-journald-audit.socket"
  "systemd-journald-dev-log.socket" "syslog.socket"

  # SysV init compatibility.
  "systemd-initctl.socket" "systemd-initctl.service"

  # Kernel modules.
  "systemd-modules-load.service" "kmod-static-nodes.service"

  # File systems.
  "systemd-fsck@.service" "systemd-fsck-root.service" "systemd-remount-fs.service"
  "systemd-pstore.service" "local-fs.target" "local-fs-pre.target" "remote-fs.target"
  "remote-fs-pre.target" "swap.target" "dev-hugepages.mount" "dev-mqueue.mount"
  "sys-fs-fuse-connections.mount" "sys-kernel-config.mount" "sys-kernel-debug.mount"

  # State across reboots.
  "systemd-random-seed.service" "systemd-backlight@.service" "systemd-rfkill.service"
  "systemd-rfkill.socket"

  # Hibernate and suspend.
  "hibernate.target" "suspend.target" "suspend-then-hibernate.target" "sleep.target"
  "hybrid-sleep.target" "systemd-hibernate.service" "systemd-hybrid-sleep.service"
  "systemd-suspend.service" "systemd-suspend-then-hibernate.service"

  # Reboot and shutdown.
  "reboot.target" "systemd-reboot.service" "poweroff.target" "systemd-poweroff.service"
  "halt.target" "systemd-halt.service" "shutdown.target" "umount.target" "final.target"
  "kexec.target" "systemd-kexec.service" "systemd-update-utmp.service"

  # Password entry.
  "systemd-ask-password-console.path" "systemd-ask-password-console.service"
  "systemd-ask-password-wall.path" "systemd-ask-password-wall.service"

  # Slices and containers.
  "slices.target" "user.slice" "machine.slice" "machines.target" "systemd-importd.service"
  "systemd-machined.service" "systemd-nspawn@.service"

  # Temporary files.
  "systemd-tmpfiles-clean.service" "systemd-tmpfiles-clean.timer"
  "systemd-tmpfiles-setup.service"

  # Miscellaneous.
  "systemd-sysctl.service" "dbus-org.freedesktop.timedate1.service"
  "dbus-org.freedesktop.locale1.service" "dbus-org.freedesktop.hostname1.service"
  "systemd-timedated.service" "systemd-localed.service" "systemd-hostnamed.service"
  "systemd-exit.service" "systemd-update-done.service"
]
