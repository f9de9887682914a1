package org.tagbench.store.postgres.internal;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A throwaway PostgreSQL server for tests and the load test: a new cluster ({@code initdb}) in a temporary
 * folder, started with {@code pg_ctl} on a free loopback port, password authentication, removed on
 * {@link #close()}. Uses the server binaries of the Debian {@code postgresql} package (or any on the PATH).
 * PostgreSQL refuses to run as root: as root, the cluster runs as the {@code postgres} system user that the
 * Debian package creates.
 */
public final class LocalCluster implements AutoCloseable {

	/** The cluster's superuser, who creates projects in tests. */
	public static final String SUPERUSER = "tagbench";
	public static final String SUPERUSER_PASSWORD = "tagbench-test";

	private final Path binaries;
	private final Path folder;
	private final int port;
	private final boolean asPostgresUser;

	private LocalCluster(Path binaries, Path folder, int port, boolean asPostgresUser) {
		this.binaries = binaries;
		this.folder = folder;
		this.port = port;
		this.asPostgresUser = asPostgresUser;
	}

	/** Creates and starts a cluster; fails with a message naming the package when PostgreSQL is missing. */
	public static LocalCluster start() throws IOException, InterruptedException {
		Path binaries = findBinaries();
		boolean root = "root".equals(System.getProperty("user.name"));
		Path folder = Files.createTempDirectory(Path.of(System.getProperty("java.io.tmpdir")), "tagbench-pg-");
		LocalCluster cluster = new LocalCluster(binaries, folder, freePort(), root);
		try {
			cluster.initialize();
			cluster.startServer();
		} catch (IOException | InterruptedException | RuntimeException e) {
			cluster.close();
			throw e;
		}
		return cluster;
	}

	private static Path findBinaries() throws IOException {
		List<Path> candidates = new ArrayList<>();
		Path debian = Path.of("/usr/lib/postgresql");
		if (Files.isDirectory(debian)) {
			try (Stream<Path> versions = Files.list(debian)) {
				versions.map(version -> version.resolve("bin"))
						.sorted(Comparator.comparing((Path p) -> versionOf(p)).reversed()).forEach(candidates::add);
			}
		}
		for (String entry : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
			if (!entry.isEmpty()) {
				candidates.add(Path.of(entry));
			}
		}
		for (Path candidate : candidates) {
			if (Files.isExecutable(candidate.resolve("initdb")) && Files.isExecutable(candidate.resolve("pg_ctl"))) {
				return candidate;
			}
		}
		throw new IOException("The PostgreSQL server (initdb, pg_ctl) is not installed: on Debian, apt-get install postgresql");
	}

	private static int versionOf(Path bin) {
		try {
			return Integer.parseInt(bin.getParent().getFileName().toString());
		} catch (NumberFormatException e) {
			return 0;
		}
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
			return socket.getLocalPort();
		}
	}

	private Path data() {
		return folder.resolve("data");
	}

	private void initialize() throws IOException, InterruptedException {
		Path passwordFile = folder.resolve("superuser-password");
		Files.writeString(passwordFile, SUPERUSER_PASSWORD + "\n");
		if (asPostgresUser) {
			Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxrwxrwx"));
			run(List.of("chown", "-R", "postgres", folder.toString()), 30);
		}
		runAsServerUser(List.of(binaries.resolve("initdb").toString(), "-D", data().toString(), "-U", SUPERUSER,
				"--pwfile=" + passwordFile, "--auth=scram-sha-256", "-E", "UTF8", "--no-locale", "--no-sync"), 120);
		Files.writeString(data().resolve("postgresql.conf"), String.join("\n",
				"", "listen_addresses = '127.0.0.1'", "port = " + port, "unix_socket_directories = ''",
				"max_connections = 100", "fsync = on", "log_min_messages = warning", ""),
				java.nio.file.StandardOpenOption.APPEND);
	}

	private void startServer() throws IOException, InterruptedException {
		runAsServerUser(List.of(binaries.resolve("pg_ctl").toString(), "-D", data().toString(), "-l",
				folder.resolve("server.log").toString(), "-w", "-t", "60", "start"), 90);
	}

	/** Stops the server (fast shutdown: open connections are cut) and starts it again, on the same port. */
	public void restart() throws IOException, InterruptedException {
		stopServer("fast");
		startServer();
	}

	/** Stops the server without waiting for clients (they see their connections break). */
	public void stopServer(String mode) throws IOException, InterruptedException {
		runAsServerUser(List.of(binaries.resolve("pg_ctl").toString(), "-D", data().toString(), "-m", mode, "-w",
				"-t", "60", "stop"), 90);
	}

	public void startAgain() throws IOException, InterruptedException {
		startServer();
	}

	public String url() {
		return "jdbc:postgresql://127.0.0.1:" + port + "/postgres";
	}

	public int port() {
		return port;
	}

	private void runAsServerUser(List<String> command, int seconds) throws IOException, InterruptedException {
		List<String> full = new ArrayList<>();
		if (asPostgresUser) {
			full.addAll(List.of("runuser", "-u", "postgres", "--"));
		}
		full.addAll(command);
		run(full, seconds);
	}

	private void run(List<String> command, int seconds) throws IOException, InterruptedException {
		Path output = Files.createTempFile(folder, "command-", ".log");
		Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile()).start();
		if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
			process.destroyForcibly();
			throw new IOException(String.join(" ", command) + " did not finish in " + seconds + " s");
		}
		if (process.exitValue() != 0) {
			throw new IOException(String.join(" ", command) + " failed (" + process.exitValue() + "): "
					+ Files.readString(output) + logTail());
		}
	}

	private String logTail() {
		try {
			Path log = folder.resolve("server.log");
			return Files.exists(log) ? "\nserver log:\n" + Files.readString(log) : "";
		} catch (IOException e) {
			return "";
		}
	}

	/** Stops the server and removes the cluster. */
	@Override
	public void close() {
		try {
			if (Files.exists(data().resolve("postmaster.pid"))) {
				stopServer("immediate");
			}
		} catch (IOException | InterruptedException e) {
			// removing the folder below makes the server exit on its next check
		}
		try (Stream<Path> files = Files.walk(folder)) {
			files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
		} catch (IOException e) {
			// a temporary folder
		}
	}
}
