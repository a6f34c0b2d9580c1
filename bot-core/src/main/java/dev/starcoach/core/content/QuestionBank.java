package dev.starcoach.core.content;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** All loaded questions, in load order, looked up by id or principle. */
public final class QuestionBank {
  private final Map<String, Question> byId;

  public QuestionBank(List<Question> questions) {
    Map<String, Question> index = new LinkedHashMap<>();
    for (Question q : questions) {
      Question previous = index.putIfAbsent(q.id().toLowerCase(Locale.ROOT), q);
      if (previous != null) {
        throw new IllegalArgumentException(
            "duplicate question id '"
                + q.id()
                + "' in "
                + previous.source()
                + " and "
                + q.source());
      }
    }
    this.byId = Collections.unmodifiableMap(index);
  }

  /** Every question in load order. */
  public List<Question> all() {
    return List.copyOf(byId.values());
  }

  /** The question with this id, ignoring case. */
  public Optional<Question> byId(String id) {
    return id == null
        ? Optional.empty()
        : Optional.ofNullable(byId.get(id.toLowerCase(Locale.ROOT)));
  }

  /** The questions of one principle, in load order. */
  public List<Question> byPrinciple(Principle principle) {
    List<Question> out = new ArrayList<>();
    for (Question q : byId.values()) {
      if (q.principle() == principle) {
        out.add(q);
      }
    }
    return out;
  }

  /** How many questions are loaded. */
  public int size() {
    return byId.size();
  }

  /** True when no question is loaded. */
  public boolean isEmpty() {
    return byId.isEmpty();
  }
}
