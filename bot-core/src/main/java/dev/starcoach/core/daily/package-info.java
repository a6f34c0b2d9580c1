/** Daily questions: when a place's post is due, exactly-once posting, and thread answers. */
package dev.starcoach.core.daily;
