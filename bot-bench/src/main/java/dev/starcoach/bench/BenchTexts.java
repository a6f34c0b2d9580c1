package dev.starcoach.bench;

import dev.starcoach.core.content.Step;
import java.util.List;

/** The answers the benchmarks type: one full story of about 300 words and one answer per step. */
public final class BenchTexts {
  private BenchTexts() {}

  /** A full STAR answer of about 300 words, told in one go as in a mock interview. */
  public static final String FULL_ANSWER =
      "Last spring I was a backend engineer on the payments team of a grocery delivery company."
          + " Our Android app crashed on the checkout screen for about 3% of sessions on older"
          + " phones, and support logged around 120 complaints a week about lost baskets. The"
          + " crash lived in the mobile team's code and their backlog was full for the quarter."
          + " It was not my area and nobody had asked me to fix it, but every crash was an"
          + " abandoned order, so I set myself the goal of cutting checkout crashes below half a"
          + " percent within a month without pulling the mobile team off their roadmap. I pulled"
          + " the crash reports and grouped them by device and app version, and I saw that most"
          + " of them came from phones with less than two gigabytes of memory. I reproduced it on"
          + " a borrowed old handset and traced it to basket images decoded at full size. I wrote"
          + " a small patch that downsampled the images, I added a test that loads a basket of two"
          + " hundred items, and I walked the mobile lead through the change in a short review so"
          + " his team kept ownership of the code. I also set up an alert on the checkout crash"
          + " rate so that a regression would page us instead of waiting for support tickets. The"
          + " crash rate fell from 3% to 0.2% in two weeks, complaints dropped from 120 a week to"
          + " under 10, and finance estimated that we recovered about 40 thousand dollars of"
          + " orders a month. The mobile team later reused the same image loader on two other"
          + " screens, which cut their memory errors by a third. Looking back, the real problem"
          + " was that nobody owned crash rates across team boundaries, so I proposed a monthly"
          + " reliability review shared by both teams, and it has caught three similar issues"
          + " since then.";

  private static final List<String> STEP_ANSWERS =
      List.of(
          "Our nightly invoice export to the accounting system failed silently about once a"
              + " week, and the finance team only found the gaps days later when the month end"
              + " numbers did not match.",
          "The export belonged to the data platform team and there was no ticket for it, but I"
              + " wanted finance to trust our numbers again before the quarter close, so I took"
              + " it on myself.",
          "I read the job logs of the last sixty runs, I found that a timeout on one slow query"
              + " killed the job without an error, I split the query into batches, I added a row"
              + " count check at the end and I wired an alert to our on-call channel for when the"
              + " counts differ.",
          "Silent failures went from four a month to zero over the next quarter, month end"
              + " reconciliation dropped from two days to half a day, and finance stopped keeping"
              + " their own spreadsheet copy.",
          "I learned that a job which can fail quietly eventually will, so every batch job I"
              + " write now checks its own output and alerts on a mismatch, not only on a crash.");

  /** The bench's answer to one STAR step. */
  public static String stepAnswer(Step step) {
    return STEP_ANSWERS.get(step.ordinal());
  }
}
