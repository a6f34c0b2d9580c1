package dev.starcoach.core.content;

/**
 * One thing wrong with a content pack.
 *
 * @param file the pack file
 * @param questionId the question's id, or {@code "-"} when the problem is not inside a question
 * @param field the path of the field inside the question ({@code steps.action.example})
 * @param message what is wrong
 */
public record ContentProblem(String file, String questionId, String field, String message) {

  /** One line for people: {@code file: question 'id', field 'path': message}. */
  public String describe() {
    StringBuilder line = new StringBuilder(file);
    if (questionId != null && !questionId.equals("-")) {
      line.append(": question '").append(questionId).append('\'');
    }
    if (field != null && !field.isEmpty()) {
      line.append(questionId != null && !questionId.equals("-") ? ", field '" : ": field '");
      line.append(field).append('\'');
    }
    return line.append(": ").append(message).toString();
  }
}
