import type { ReactNode } from 'react';
import { isSafeHref, parseMarkdown, type Block, type Inline } from './markdown';

function inline(nodes: Inline[]): ReactNode[] {
  return nodes.map((n, i) => {
    switch (n.kind) {
      case 'text':
        return n.text;
      case 'code':
        return <code key={i}>{n.text}</code>;
      case 'strong':
        return <strong key={i}>{inline(n.children)}</strong>;
      case 'em':
        return <em key={i}>{inline(n.children)}</em>;
      case 'link':
        return isSafeHref(n.href) ? (
          <a key={i} href={n.href} target="_blank" rel="noopener noreferrer">{inline(n.children)}</a>
        ) : (
          <span key={i}>{inline(n.children)}</span>
        );
    }
  });
}

function block(b: Block, i: number): ReactNode {
  switch (b.kind) {
    case 'heading': {
      const Tag = (['h3', 'h3', 'h4', 'h5', 'h5'] as const)[b.level];
      return <Tag key={i}>{inline(b.children)}</Tag>;
    }
    case 'paragraph':
      return <p key={i}>{inline(b.children)}</p>;
    case 'quote':
      return <blockquote key={i}>{inline(b.children)}</blockquote>;
    case 'code':
      return <pre key={i} className={`md-code${b.lang ? ` lang-${b.lang.replace(/[^a-z0-9-]/gi, '')}` : ''}`}><code>{b.text}</code></pre>;
    case 'list': {
      const items = b.items.map((item, j) => <li key={j}>{inline(item)}</li>);
      return b.ordered ? <ol key={i}>{items}</ol> : <ul key={i}>{items}</ul>;
    }
    case 'table':
      return (
        <table key={i} className="md-table">
          <thead><tr>{b.header.map((c, j) => <th key={j} scope="col">{inline(c)}</th>)}</tr></thead>
          <tbody>{b.rows.map((r, j) => <tr key={j}>{r.map((c, k) => <td key={k}>{inline(c)}</td>)}</tr>)}</tbody>
        </table>
      );
  }
}

/** Render a Markdown document (subset, see `markdown.ts`) as React elements — never as raw HTML. */
export function MarkdownView({ source, skipFirstHeading = false }: { source: string; skipFirstHeading?: boolean }) {
  let blocks = parseMarkdown(source);
  if (skipFirstHeading && blocks[0]?.kind === 'heading') blocks = blocks.slice(1);
  return <div className="markdown">{blocks.map(block)}</div>;
}
