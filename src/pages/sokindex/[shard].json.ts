/**
 * Build input, not a page: the records of one search shard, which the search-index integration
 * indexes and then removes from the site (views/search-index.ts).
 */
import type { APIRoute } from 'astro';
import { shardPaths } from '../../views/search-page.ts';

export const getStaticPaths = shardPaths;

export const GET: APIRoute = ({ props }) => new Response(JSON.stringify(props.shard));
