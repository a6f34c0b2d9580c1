package dev.starcoach.slack;

import java.util.Locale;
import java.util.Objects;

/**
 * A file uploaded with the files upload v2 flow ({@code files.getUploadURLExternal}, the upload,
 * {@code files.completeUploadExternal}). Files only ever go to the member's DM.
 *
 * @param filename the file's name, such as {@code starcoach-export.json}
 * @param title the title Slack shows above it
 * @param content the bytes
 * @param comment the message posted with the file, or null for none
 * @param what what it is, for notes about it: {@code your data export}, {@code your trend chart}
 */
record SlackFile(String filename, String title, byte[] content, String comment, String what) {
  SlackFile {
    Objects.requireNonNull(filename, "filename");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(content, "content");
    Objects.requireNonNull(what, "what");
  }

  /** Where the file went, said where it was asked for: "Your trend chart is in our DM ...". */
  String sentNote() {
    return what.substring(0, 1).toUpperCase(Locale.ROOT)
        + what.substring(1)
        + " is in our DM (Messages tab).";
  }

  /** Said when no DM could be opened to send it. */
  String notSentNote() {
    return ":warning: I could not open a DM with you to send " + what + ".";
  }
}
