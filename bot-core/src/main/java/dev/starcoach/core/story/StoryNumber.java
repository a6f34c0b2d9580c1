package dev.starcoach.core.story;

/**
 * A story's number in its owner's bank, from 1, never reused while the bank exists; what people
 * type ({@code story show 3}).
 */
public record StoryNumber(int value) {
  public StoryNumber {
    if (value < 1) {
      throw new IllegalArgumentException("a story number starts at 1, not " + value);
    }
  }

  @Override
  public String toString() {
    return Integer.toString(value);
  }
}
