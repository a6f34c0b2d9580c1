package dev.starcoach.slack;

/**
 * A file uploaded with the files upload v2 flow ({@code files.getUploadURLExternal}, the upload,
 * {@code files.completeUploadExternal}).
 *
 * @param filename the file's name, such as {@code starcoach-export.json}
 * @param title the title Slack shows above it
 * @param content the bytes
 */
record SlackFile(String filename, String title, byte[] content) {}
