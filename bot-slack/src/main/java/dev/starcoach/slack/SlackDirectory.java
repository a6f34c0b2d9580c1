package dev.starcoach.slack;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.slack.api.methods.response.conversations.ConversationsRepliesResponse;
import com.slack.api.methods.response.usergroups.UsergroupsListResponse;
import com.slack.api.methods.response.usergroups.users.UsergroupsUsersListResponse;
import com.slack.api.methods.response.users.UsersInfoResponse;
import com.slack.api.model.Message;
import com.slack.api.model.User;
import com.slack.api.model.Usergroup;
import dev.starcoach.core.daily.DailyAdmin.Authority;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads from Slack what the adapter needs to know about people and messages: whether someone is a
 * workspace admin (or in a configured admin list or user group), a member's name, a user group's id
 * by handle, and the parent message of a thread. Each read goes through its method's own lane in
 * {@link SlackCalls} (so a queue of DM opens never delays it) and is waited for with a timeout on
 * the work queue after the acknowledgement; people and groups are cached for a few minutes.
 */
final class SlackDirectory {
  private static final Logger LOG = LoggerFactory.getLogger(SlackDirectory.class);
  private static final long TIMEOUT_SECONDS = 10;

  private final SlackCalls calls;
  private final Cache<String, User> users =
      Caffeine.newBuilder().maximumSize(20_000).expireAfterWrite(Duration.ofMinutes(5)).build();
  private final Cache<String, List<String>> groupMembers =
      Caffeine.newBuilder().maximumSize(1_000).expireAfterWrite(Duration.ofMinutes(5)).build();

  SlackDirectory(SlackCalls calls) {
    this.calls = calls;
  }

  /** The member's profile, if Slack answers. */
  Optional<User> user(String userId) {
    User cached = users.getIfPresent(userId);
    if (cached != null) {
      return Optional.of(cached);
    }
    Optional<UsersInfoResponse> r =
        call("users.info", calls.call("users.info", c -> c.usersInfo(b -> b.user(userId))));
    if (r.isEmpty() || r.get().getUser() == null) {
      return Optional.empty();
    }
    users.put(userId, r.get().getUser());
    return Optional.of(r.get().getUser());
  }

  /**
   * True for workspace admins and owners, for members listed in {@code extraAdmins}, and for
   * members of a user group listed there.
   */
  boolean isAdmin(String userId, Set<String> extraAdmins) {
    if (extraAdmins.contains(userId)) {
      return true;
    }
    Optional<User> u = user(userId);
    if (u.isPresent() && (u.get().isAdmin() || u.get().isOwner() || u.get().isPrimaryOwner())) {
      return true;
    }
    for (String id : extraAdmins) {
      if (id.startsWith("S") && membersOf(id).contains(userId)) {
        return true;
      }
    }
    return false;
  }

  /**
   * How much say a member has over a channel's daily question: {@link Authority#PLATFORM_ADMIN} for
   * workspace admins and owners (who may also change the channel's admin list), {@link
   * Authority#PLACE_ADMIN} for members listed in {@code extraAdmins} or in a user group listed
   * there, else {@link Authority#MEMBER}.
   */
  Authority authority(String userId, Set<String> extraAdmins) {
    Optional<User> u = user(userId);
    if (u.isPresent() && (u.get().isAdmin() || u.get().isOwner() || u.get().isPrimaryOwner())) {
      return Authority.PLATFORM_ADMIN;
    }
    return isAdmin(userId, extraAdmins) ? Authority.PLACE_ADMIN : Authority.MEMBER;
  }

  /** The member's display name (unescaped), or empty when unknown. */
  Optional<String> name(String userId) {
    return user(userId)
        .map(
            u -> {
              User.Profile p = u.getProfile();
              if (p != null && notBlank(p.getDisplayName())) {
                return p.getDisplayName();
              }
              if (p != null && notBlank(p.getRealName())) {
                return p.getRealName();
              }
              return notBlank(u.getRealName()) ? u.getRealName() : u.getName();
            })
        .filter(SlackDirectory::notBlank);
  }

  /** The id of the user group with this handle. */
  Optional<String> groupByHandle(String handle) {
    Optional<UsergroupsListResponse> r =
        call("usergroups.list", calls.call("usergroups.list", c -> c.usergroupsList(b -> b)));
    if (r.isEmpty() || r.get().getUsergroups() == null) {
      return Optional.empty();
    }
    for (Usergroup g : r.get().getUsergroups()) {
      if (handle.equalsIgnoreCase(g.getHandle())) {
        return Optional.ofNullable(g.getId());
      }
    }
    return Optional.empty();
  }

  /** The first message of a thread (its parent), with blocks and metadata. */
  Optional<Message> threadParent(String channel, String threadTs) {
    Optional<ConversationsRepliesResponse> r =
        call(
            "conversations.replies",
            calls.call(
                "conversations.replies",
                c ->
                    c.conversationsReplies(
                        b ->
                            b.channel(channel)
                                .ts(threadTs)
                                .limit(1)
                                .inclusive(true)
                                .includeAllMetadata(true))));
    if (r.isEmpty() || r.get().getMessages() == null) {
      return Optional.empty();
    }
    return r.get().getMessages().stream().filter(m -> threadTs.equals(m.getTs())).findFirst();
  }

  private List<String> membersOf(String groupId) {
    List<String> cached = groupMembers.getIfPresent(groupId);
    if (cached != null) {
      return cached;
    }
    Optional<UsergroupsUsersListResponse> r =
        call(
            "usergroups.users.list",
            calls.call(
                "usergroups.users.list", c -> c.usergroupsUsersList(b -> b.usergroup(groupId))));
    List<String> members =
        r.map(UsergroupsUsersListResponse::getUsers).map(List::copyOf).orElse(List.of());
    if (r.isPresent()) {
      groupMembers.put(groupId, members);
    }
    return members;
  }

  private static <T extends com.slack.api.methods.SlackApiTextResponse> Optional<T> call(
      String method, CompletableFuture<T> future) {
    try {
      T response = future.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
      if (!response.isOk()) {
        LOG.warn("Slack {} refused: {}", method, response.getError());
        return Optional.empty();
      }
      return Optional.of(response);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Optional.empty();
    } catch (Exception e) {
      LOG.warn("Slack {} failed: {}", method, e.toString());
      return Optional.empty();
    }
  }

  private static boolean notBlank(String s) {
    return s != null && !s.isBlank();
  }
}
