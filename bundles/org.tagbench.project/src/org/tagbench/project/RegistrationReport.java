package org.tagbench.project;

import java.util.List;

/**
 * What creating or refreshing a project's data did.
 *
 * @param added       new items registered
 * @param missing     registered items whose file is gone (flagged, labels kept)
 * @param reappeared  flagged items whose file is back
 * @param problems    files that could not be registered: "folder/file.jpg: reason"
 */
public record RegistrationReport(int added, int missing, int reappeared, List<String> problems) {
}
