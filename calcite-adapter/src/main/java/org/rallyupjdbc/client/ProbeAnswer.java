package org.rallyupjdbc.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.io.IOException;

/**
 * RallyUp's answer to one request of the self-check, whatever its status: the check wants to see
 * how the API behaves, not only whether it succeeds.
 *
 * @param status the HTTP status
 * @param body the body, at most {@link ApiError#MAX_BODY_BYTES} of an error and {@link
 *     JsonBodies#MAX_BODY_BYTES} of a success
 */
public record ProbeAnswer(int status, byte[] body) {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** The body as JSON, or a missing node when it is empty or not JSON. */
  public JsonNode json() {
    if (body.length == 0) {
      return MissingNode.getInstance();
    }
    try {
      return JSON.readTree(body);
    } catch (IOException notJson) {
      return MissingNode.getInstance();
    }
  }

  /** Whether the path answered: 200, 204, or a 404 in RallyUp's envelope (no such record). */
  public boolean served() {
    return status == 200 || status == 204 || ResponseCheck.isMissingRecord(status, body);
  }
}
