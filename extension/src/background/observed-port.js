import { OBSERVED } from "./observed-batch.js";
import { errorResponse } from "./router.js";

// The content scripts' batches arrive over a long-lived port (content/batch-channel.js): a runtime message each cost
// WhatsApp's page about 0.4 ms more of its main thread's CPU a burst (docs/performance.md). The port is named for the
// one message type it carries; a port of any other name, or another type on it, is refused. Each answer goes back
// with its id.
// The port's sender is checked by `dispatch` as a runtime message's is.
export function listenForObservedBatches({ onConnect, dispatch }) {
  onConnect.addListener((port) => {
    if (port.name !== OBSERVED) {
      port.disconnect();
      return;
    }
    port.onMessage.addListener(async (envelope) => {
      const response =
        envelope?.message?.type === OBSERVED ? await dispatch(envelope.message, port.sender) : errorResponse("bad_request", `this port carries ${OBSERVED} only`);
      try {
        port.postMessage({ id: envelope?.id, response });
      } catch {
        // The page closed or moved on while its batch was scored: nobody is left to answer.
      }
    });
  });
}
