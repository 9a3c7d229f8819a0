//! Starts a TCP echo server on an ephemeral loopback port, sends a few
//! length-prefixed frames through it and checks they come back intact.

use bytes::{Buf, BufMut, BytesMut};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};

async fn echo(mut socket: TcpStream) -> std::io::Result<()> {
    let mut buf = BytesMut::with_capacity(1024);
    loop {
        if socket.read_buf(&mut buf).await? == 0 {
            return Ok(());
        }
        socket.write_all(&buf).await?;
        buf.clear();
    }
}

fn frame(payload: &[u8]) -> BytesMut {
    let mut out = BytesMut::with_capacity(4 + payload.len());
    out.put_u32(payload.len() as u32);
    out.put_slice(payload);
    out
}

/// Reads one length-prefixed frame, or None at end of stream.
async fn read_frame(stream: &mut TcpStream, buf: &mut BytesMut) -> std::io::Result<Option<BytesMut>> {
    loop {
        if buf.len() >= 4 {
            let len = (&buf[..4]).get_u32() as usize;
            if buf.len() >= 4 + len {
                buf.advance(4);
                return Ok(Some(buf.split_to(len)));
            }
        }
        if stream.read_buf(buf).await? == 0 {
            return Ok(None);
        }
    }
}

#[tokio::main(flavor = "current_thread")]
async fn main() -> std::io::Result<()> {
    let listener = TcpListener::bind("127.0.0.1:0").await?;
    let addr = listener.local_addr()?;
    tokio::spawn(async move {
        while let Ok((socket, _)) = listener.accept().await {
            tokio::spawn(echo(socket));
        }
    });

    let mut client = TcpStream::connect(addr).await?;
    let mut buf = BytesMut::new();
    for msg in ["hello", "sparse", "registry"] {
        client.write_all(&frame(msg.as_bytes())).await?;
        let got = read_frame(&mut client, &mut buf).await?.expect("server closed early");
        assert_eq!(&got[..], msg.as_bytes());
        println!("echoed {msg:?} via {addr}");
    }
    Ok(())
}
