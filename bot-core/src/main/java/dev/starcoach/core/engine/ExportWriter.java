package dev.starcoach.core.engine;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.starcoach.core.loop.Interview;
import dev.starcoach.core.loop.InterviewResult;
import dev.starcoach.core.loop.Loop;
import dev.starcoach.core.scoring.Finding;
import dev.starcoach.core.session.PersonId;
import dev.starcoach.core.session.PracticeSession;
import dev.starcoach.core.session.RecordedAnswer;
import dev.starcoach.core.store.CoachStores;
import dev.starcoach.core.store.PersonSettings;
import dev.starcoach.core.store.QuizAttempt;
import dev.starcoach.core.store.ScoredAnswer;
import dev.starcoach.core.story.Story;
import dev.starcoach.core.story.StoryVersion;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Writes everything stored about a person as one JSON document (for {@code /export}). */
final class ExportWriter {
  private final ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  String write(PersonId person, CoachStores stores, Instant now) {
    Map<String, Object> doc = new LinkedHashMap<>();
    doc.put("format", "starcoach-export/1");
    doc.put("exported_at", now.toString());
    doc.put("person", Map.of("platform", person.platform(), "user_id", person.userId()));
    PersonSettings settings =
        stores.settings().find(person).orElse(PersonSettings.defaults(person));
    Map<String, Object> s = new LinkedHashMap<>();
    s.put("level", settings.level().id());
    s.put("time_zone", settings.zone() == null ? null : settings.zone().getId());
    doc.put("settings", s);
    List<Object> sessions = new ArrayList<>();
    for (PracticeSession session : stores.sessions().sessionsOf(person)) {
      sessions.add(session(session));
    }
    doc.put("sessions", sessions);
    List<Object> answers = new ArrayList<>();
    for (ScoredAnswer a : stores.history().answersOf(person)) {
      answers.add(answer(a));
    }
    doc.put("answers", answers);
    List<Object> quiz = new ArrayList<>();
    for (QuizAttempt q : stores.quiz().attemptsOf(person)) {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("question_id", q.questionId());
      row.put("item", q.item() + 1);
      row.put("chosen", q.chosen() + 1);
      row.put("answer", q.answer() + 1);
      row.put("correct", q.correct());
      row.put("answered_at", q.answeredAt().toString());
      quiz.add(row);
    }
    doc.put("quiz", quiz);
    List<Object> stories = new ArrayList<>();
    for (Story story : stores.stories().list(person)) {
      stories.add(story(story));
    }
    doc.put("stories", stories);
    List<Object> loops = new ArrayList<>();
    for (Loop loop : stores.loops().loopsOf(person)) {
      loops.add(loop(loop));
    }
    doc.put("loops", loops);
    try {
      return json.writeValueAsString(doc);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write export", e);
    }
  }

  private static Map<String, Object> session(PracticeSession session) {
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("id", session.id());
    row.put("place", session.key().place());
    row.put("mode", session.mode().id());
    row.put("question_id", session.questionId());
    row.put("level", session.level().id());
    row.put("phase", session.phase().name().toLowerCase(java.util.Locale.ROOT));
    row.put("started_at", session.startedAt().toString());
    row.put("updated_at", session.updatedAt().toString());
    List<Object> answers = new ArrayList<>();
    for (RecordedAnswer a : session.answers()) {
      Map<String, Object> answer = new LinkedHashMap<>();
      answer.put("kind", a.kind().id());
      answer.put("prompt", a.prompt());
      answer.put("text", a.text());
      answer.put("skipped", a.skipped());
      answer.put("score", a.skipped() ? null : a.score());
      answer.put("reply_ms", a.replyMillis());
      answer.put("answered_at", a.answeredAt().toString());
      answers.add(answer);
    }
    row.put("answers", answers);
    return row;
  }

  private static Map<String, Object> loop(Loop loop) {
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("id", loop.id());
    row.put("place", loop.key().place());
    row.put("level", loop.level().id());
    row.put("status", loop.status().name().toLowerCase(java.util.Locale.ROOT));
    row.put("started_at", loop.startedAt().toString());
    row.put("updated_at", loop.updatedAt().toString());
    List<Object> interviews = new ArrayList<>();
    for (Interview i : loop.interviews()) {
      Map<String, Object> interview = new LinkedHashMap<>();
      interview.put("principle", i.principle().displayName());
      interview.put("question_id", i.questionId());
      interview.put("session_id", i.sessionId().orElse(null));
      interview.put("answered", i.result().map(InterviewResult::answered).orElse(null));
      interview.put("verdict", i.result().map(r -> r.verdict().label()).orElse(null));
      interview.put("score", i.result().map(InterviewResult::score).orElse(null));
      interviews.add(interview);
    }
    row.put("interviews", interviews);
    return row;
  }

  private static Map<String, Object> story(Story story) {
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("number", story.number().value());
    row.put("title", story.title());
    row.put("tags", story.tags());
    Map<String, Object> steps = new LinkedHashMap<>();
    story.steps().entrySet().stream()
        .sorted(Map.Entry.comparingByKey())
        .forEach(e -> steps.put(e.getKey().id(), e.getValue()));
    row.put("steps", steps);
    List<Object> versions = new ArrayList<>();
    for (StoryVersion v : story.versions()) {
      Map<String, Object> version = new LinkedHashMap<>();
      version.put("version", v.version());
      version.put("step", v.step().id());
      version.put("text", v.text());
      version.put("score", v.score());
      version.put("saved_at", v.at().toString());
      version.put("source", v.source().kind().name().toLowerCase(java.util.Locale.ROOT));
      version.put("session_id", v.source().sessionId().orElse(null));
      versions.add(version);
    }
    row.put("versions", versions);
    Map<String, Object> decisions = new LinkedHashMap<>();
    story.decisions().entrySet().stream()
        .sorted(Map.Entry.comparingByKey())
        .forEach(
            e ->
                decisions.put(
                    e.getKey().displayName(),
                    e.getValue().name().toLowerCase(java.util.Locale.ROOT)));
    row.put("decisions", decisions);
    row.put("created_at", story.created().toString());
    row.put("updated_at", story.updated().toString());
    row.put("practised_at", story.lastPractised().map(Instant::toString).orElse(null));
    return row;
  }

  private static Map<String, Object> answer(ScoredAnswer a) {
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("id", a.id());
    row.put("session_id", a.sessionId());
    row.put("question_id", a.questionId());
    row.put("principle", a.principle().displayName());
    row.put("mode", a.mode().id());
    row.put("kind", a.kind().id());
    row.put("level", a.level().id());
    row.put("text", a.text());
    row.put("score", a.score());
    row.put("spoken_seconds", Math.round(a.spokenSeconds() * 10) / 10.0);
    row.put("target_seconds", a.targetSeconds());
    row.put("reply_ms", a.replyMillis());
    List<Object> findings = new ArrayList<>();
    for (Finding f : a.findings()) {
      findings.add(
          Map.of(
              "category", f.category().id(),
              "kind", f.kind().id(),
              "message", f.message(),
              "evidence", f.evidence()));
    }
    row.put("findings", findings);
    row.put("answered_at", a.answeredAt().toString());
    return row;
  }
}
