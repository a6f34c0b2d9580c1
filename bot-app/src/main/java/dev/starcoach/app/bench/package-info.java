/** The application's side of {@code starcoach bench}: its parts for the harness, a start probe. */
package dev.starcoach.app.bench;
