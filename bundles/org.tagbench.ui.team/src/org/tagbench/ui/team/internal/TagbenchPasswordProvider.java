package org.tagbench.ui.team.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;

import javax.crypto.spec.PBEKeySpec;

import org.eclipse.core.runtime.ILog;
import org.eclipse.equinox.security.storage.provider.IPreferencesContainer;
import org.eclipse.equinox.security.storage.provider.PasswordProvider;

/**
 * The master password of secure storage without a prompt: a random key made once per person, kept in a file
 * only they can read ({@code ~/.tagbench/secure-storage.key}, mode 600; the system property
 * {@code tagbench.secureStorageKey} names another file). The same protection as Eclipse's {@code -eclipse.password}
 * option: the team passwords are encrypted with it in secure storage, never written in plain text. The product
 * has no secure-storage UI bundle, so without this provider storing a password would fail.
 */
public final class TagbenchPasswordProvider extends PasswordProvider {

	static Path keyFile() {
		String configured = System.getProperty("tagbench.secureStorageKey");
		return configured != null ? Path.of(configured)
				: Path.of(System.getProperty("user.home"), ".tagbench", "secure-storage.key");
	}

	@Override
	public PBEKeySpec getPassword(IPreferencesContainer container, int passwordType) {
		Path file = keyFile();
		try {
			if (!Files.isRegularFile(file)) {
				create(file);
			}
			return new PBEKeySpec(Files.readString(file, StandardCharsets.US_ASCII).trim().toCharArray());
		} catch (IOException e) {
			ILog.of(TagbenchPasswordProvider.class).error("The secure storage key " + file + " cannot be read or made", e);
			return null;
		}
	}

	private static void create(Path file) throws IOException {
		Files.createDirectories(file.getParent());
		byte[] key = new byte[32];
		new SecureRandom().nextBytes(key);
		try {
			Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
		} catch (UnsupportedOperationException e) {
			Files.createFile(file); // not POSIX (Windows): the user's profile folder protects it
		} catch (FileAlreadyExistsException e) {
			return; // another process made it meanwhile
		}
		Files.writeString(file, Base64.getEncoder().encodeToString(key), StandardCharsets.US_ASCII);
	}
}
