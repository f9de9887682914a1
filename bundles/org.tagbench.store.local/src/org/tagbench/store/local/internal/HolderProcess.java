package org.tagbench.store.local.internal;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;

/**
 * The operating-system process that holds a reservation session: host name, process id and the process's start
 * time (so a reused process id is not mistaken for the holder). Written into the session's name, so that another
 * process on the same host can tell that the holder was killed and need not wait for its reservations to run out.
 */
public record HolderProcess(String host, long pid, long startMillis) {

	private static final String PREFIX = "process=";
	private static final String HOST = hostName();

	/** This Java process. */
	public static HolderProcess current() {
		return of(ProcessHandle.current());
	}

	/** Another process (started by this one, for tests); start time 0 when the system does not tell it. */
	public static HolderProcess of(ProcessHandle process) {
		long start = process.info().startInstant().map(Instant::toEpochMilli).orElse(0L);
		return new HolderProcess(HOST, process.pid(), start);
	}

	/** The holder named in a session written by {@link #format()} after a space; empty for other sessions. */
	public static Optional<HolderProcess> ofSession(String session) {
		int at = session.indexOf(" " + PREFIX);
		if (at < 0) {
			return Optional.empty();
		}
		String[] parts = session.substring(at + 1 + PREFIX.length()).split("@");
		if (parts.length != 3) {
			return Optional.empty();
		}
		try {
			return Optional.of(new HolderProcess(parts[1], Long.parseLong(parts[0]), Long.parseLong(parts[2])));
		} catch (NumberFormatException e) {
			return Optional.empty();
		}
	}

	public String format() {
		return PREFIX + pid + "@" + host + "@" + startMillis;
	}

	/**
	 * True when this holder ran on this host and no process with its id and start time runs any more. False for
	 * another host (its processes cannot be seen from here) and whenever the answer is not certain.
	 */
	public boolean isGoneFromThisHost() {
		if (HOST.isEmpty() || !HOST.equals(host)) {
			return false;
		}
		Optional<ProcessHandle> process = ProcessHandle.of(pid);
		if (process.isEmpty() || !process.get().isAlive()) {
			return true;
		}
		// the same id given to a later process: the holder is gone
		long start = process.get().info().startInstant().map(Instant::toEpochMilli).orElse(0L);
		return start != 0 && startMillis != 0 && Math.abs(start - startMillis) > 1_000;
	}

	/** The host's name, read without a DNS look-up where the system allows; empty when unknown. */
	private static String hostName() {
		String name = null;
		try {
			Path kernel = Path.of("/proc/sys/kernel/hostname");
			if (Files.isReadable(kernel)) {
				name = Files.readString(kernel);
			}
		} catch (IOException | RuntimeException e) {
			// fall back to the environment
		}
		if (name == null || name.isBlank()) {
			name = System.getenv("COMPUTERNAME");
		}
		if (name == null || name.isBlank()) {
			try {
				name = InetAddress.getLocalHost().getHostName();
			} catch (IOException e) {
				return "";
			}
		}
		return name.strip().replace('@', '_').replace(' ', '_');
	}
}
