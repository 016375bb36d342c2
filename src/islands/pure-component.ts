// A Preact component that re-renders only when one of its props changes, compared one by one, so
// a list of hundreds redraws only the rows that changed. Preact's own PureComponent lives in
// preact/compat, which also rewires every element's events for React code; this island needs
// neither that weight nor that behaviour.
import { Component } from "preact";

export abstract class PureComponent<P extends object> extends Component<P> {
  override shouldComponentUpdate(next: Readonly<P>): boolean {
    const current = this.props as Record<string, unknown>;
    const incoming = next as Record<string, unknown>;
    for (const key in incoming) if (incoming[key] !== current[key]) return true;
    for (const key in current) if (!(key in incoming)) return true;
    return false;
  }
}
