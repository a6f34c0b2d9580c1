package dev.starcoach.discord;

import net.dv8tion.jda.api.exceptions.ErrorResponseException;
import net.dv8tion.jda.api.exceptions.InsufficientPermissionException;
import net.dv8tion.jda.api.requests.ErrorResponse;

/**
 * Words for Discord failures: a clear sentence for the member, and a line for the operator's log
 * that names the error but never a token or anything a member typed.
 */
public final class Failures {
  private Failures() {}

  /** What to tell the member. */
  public static String forMember(Throwable failure) {
    Throwable e = unwrap(failure);
    if (e instanceof InsufficientPermissionException p) {
      return "I am missing the \""
          + p.getPermission().getName()
          + "\" permission there; a server manager can grant it.";
    }
    if (e instanceof ErrorResponseException r) {
      ErrorResponse response = r.getErrorResponse();
      return switch (response) {
        case CANNOT_SEND_TO_USER ->
            "I cannot send you direct messages (your DMs are closed to this server's members).";
        case MISSING_PERMISSIONS, MISSING_ACCESS ->
            "I am missing a permission there; a server manager can check my role.";
        case UNKNOWN_CHANNEL -> "That thread or channel no longer exists.";
        case UNKNOWN_INTERACTION, INVALID_WEBHOOK_TOKEN ->
            "That took too long and Discord expired the request. Please try again.";
        default -> "Discord refused that message.";
      };
    }
    return "Something went wrong on my side. Please try again.";
  }

  /** A log line: the exception type and Discord's error code, no message contents. */
  public static String forLog(Throwable failure) {
    Throwable e = unwrap(failure);
    if (e instanceof InsufficientPermissionException p) {
      return "missing permission " + p.getPermission().name();
    }
    if (e instanceof ErrorResponseException r) {
      return "Discord error "
          + r.getErrorResponse().name()
          + " ("
          + r.getErrorCode()
          + ", HTTP "
          + (r.getResponse() == null ? "?" : String.valueOf(r.getResponse().code))
          + ")";
    }
    return e.getClass().getName();
  }

  private static Throwable unwrap(Throwable failure) {
    Throwable e = failure;
    while ((e instanceof java.util.concurrent.CompletionException
            || e instanceof java.util.concurrent.ExecutionException)
        && e.getCause() != null) {
      e = e.getCause();
    }
    return e;
  }
}
